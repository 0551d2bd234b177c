export const projectRoot: string;
export const browserVariable: string;
export const defaultBrowser: string;
export const chromiumArgs: string[];
export const reportsDir: string;
export const portBase: number;
