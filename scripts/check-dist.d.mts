export declare function demoUserPatterns(source: string): [string, RegExp][];
export declare function checkDist(dir: string): { problems: string[]; checked: number };
