export interface HeaderOptions {
  demo: boolean;
  apiBaseUrl?: string;
}
export declare function apiOrigin(apiBaseUrl: string | undefined): string | null;
export declare function contentSecurityPolicy(options: HeaderOptions): string;
export declare function securityHeaders(options: HeaderOptions): Record<string, string>;
