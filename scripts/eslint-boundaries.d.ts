import type { ESLint } from 'eslint';

export declare function resolveTarget(
  root: string,
  fromFile: string,
  spec: string,
): string | undefined;
export declare function violation(from: string, to: string): string | undefined;
declare const plugin: ESLint.Plugin;
export default plugin;
