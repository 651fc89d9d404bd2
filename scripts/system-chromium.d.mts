export declare const SYSTEM_CHROMIUM_PATHS: readonly string[];
export declare function isExecutable(path: string): boolean;
export declare function systemChromium(): string | undefined;
