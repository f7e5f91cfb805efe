import type { Region } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';

/** The words of the header line that says whose rules a report follows, per language (i18n.ts holds them in Messages). */
export interface RegionWords {
  /** The label in the text and HTML header. */
  label: string;
  /** The label in the Markdown header and in prose, with its colon. */
  markdown: string;
  /** "China (PRC) (cn): …", or, with none given, that the catalog's EU defaults apply. */
  line(region: Region | null): string;
  /** The label and the line as one sentence, without a full stop: "Region: …", "地区：…". */
  sentence(region: Region | null): string;
}

export const regionWords: Record<Lang, RegionWords> = {
  en: {
    label: 'region',
    markdown: 'Region:',
    line: (region) =>
      region === null
        ? "none given; where rules differ by region, the catalog's EU defaults apply"
        : `${{ eu: 'European Union', us: 'United States', cn: 'China' }[region]} (${region}): skill requirements, strategies, projects and references for its rules`,
    sentence: (region) => `Region: ${regionWords.en.line(region)}`,
  },
  zh: {
    label: '地区',
    markdown: '地区：',
    // No region id in Chinese: the name says it, and an id would be a stray Latin word.
    line: (region) => (region === null ? '未指定（凡因地区而异的规则，均采用职位目录默认的欧盟规则）' : `${{ eu: '欧盟', us: '美国', cn: '中国' }[region]}（技能要求、应对策略、作品集项目和参考资料均按当地规则给出）`),
    sentence: (region) => `地区：${regionWords.zh.line(region)}`,
  },
};
