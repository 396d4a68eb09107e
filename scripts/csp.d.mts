export declare function hashSource(text: string): string;
export declare function contentSecurityPolicy(inline?: {
  inlineScripts?: readonly string[];
  inlineStyles?: readonly string[];
}): string;
export declare function cspMetaTag(policy: string): string;
