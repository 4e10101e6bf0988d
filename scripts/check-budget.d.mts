export interface ChunkReportEntry {
  fileName: string;
  modules: string[];
}
export declare function closure(assets: string, file: string, seen?: Set<string>): Set<string>;
export declare function pageFiles(dir: string): { entry: string; app: string; loaded: Set<string> };
export declare function isDemoReport(report: ChunkReportEntry[]): boolean;
export declare function demoFiles(
  dir: string,
  report: ChunkReportEntry[],
): { page: string[]; worker: string[]; root: string[] };
export declare function gzipBytes(base: string, files: string[]): number;
