import type { Lang } from '../model/lang.js';

/** A size as people read it: "5 MiB", "12 KiB", "300 bytes". */
export function formatBytes(bytes: number, lang: Lang = 'en'): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return lang === 'zh' ? `${bytes} 字节` : `${bytes} bytes`;
}
