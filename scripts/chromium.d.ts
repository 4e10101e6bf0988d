export declare const systemCandidates: string[];
export declare const systemChromiumArgs: string[];
export declare function resolveChromiumPath(): string | undefined;
