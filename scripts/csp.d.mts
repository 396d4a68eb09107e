export declare const contentSecurityPolicy: string;
export declare function cspMetaTag(): string;
