import { parseDocument, LineCounter } from 'yaml';
const cases = {
  tab1: 'roles:\n  - id: x\n\t  title: y\n',
  tab2: 'roles:\n  - id: x\n    title:\n\t- a\n',
  tab3: 'a:\n\tb: 1\n',
  tab4: 'roles:\n  - id: x\n    skills:\n\t  - a\n',
  tab5: 'roles:\n  - id: x\n    seniority: entry\n\t\n    title: y\n',
  tab6: 'roles:\n  - id: x\n    \tseniority: entry\n',
  quote: 'd:\n  - id: c\n    name: "Content creation\n    etr: 1\n',
  flow: 'd:\n  - id: c\n    s: [a, b\n    etr: 1\n',
  colon: 'd:\n  - id: c\n    name: Content: creation\n    etr: 1\n',
  indent: 'd:\n  - id: c\n    name: x\n   etr: 1\n',
};
for (const [k, t] of Object.entries(cases)) {
  const lc = new LineCounter();
  const d = parseDocument(t, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true });
  console.log(k, JSON.stringify(d.errors.map(e => [e.code, e.message.split('\n')[0], lc.linePos(e.pos[0])])), JSON.stringify(d.errors.length ? null : d.toJS()));
}
