export const srcDir: string;
export const libDir: string;
export const stampFile: string;
export const buildCommand: string;
export function staleLib(): string | undefined;
export function sourceFiles(folder?: string): string[];
export function buildIfStale(): void;
