/**
 * The hero's art: a red planet with a metal ring over a scanned horizon. Drawn inline, it paints
 * with the text; an image would be one more round trip after the HTML. Decorative: its container
 * hides it from assistive technology. The ids are prefixed: they are the page's.
 */
export function HeroArt() {
  return (
    <svg
      viewBox="0 0 1200 630"
      preserveAspectRatio="xMaxYMid slice"
      className="block h-full w-full"
      focusable="false"
    >
      <defs>
        <radialGradient id="hero-planet" cx="38%" cy="34%" r="70%">
          <stop offset="0" stopColor="#ff7a8a" />
          <stop offset="0.45" stopColor="#d4142f" />
          <stop offset="1" stopColor="#3a0410" />
        </radialGradient>
        <radialGradient id="hero-glow" cx="50%" cy="50%" r="50%">
          <stop offset="0.6" stopColor="#ff4d63" stopOpacity="0.35" />
          <stop offset="1" stopColor="#ff4d63" stopOpacity="0" />
        </radialGradient>
        <linearGradient id="hero-metal" x1="0" x2="1">
          <stop offset="0" stopColor="#9fb0cc" stopOpacity="0" />
          <stop offset="0.5" stopColor="#c9d4e8" />
          <stop offset="1" stopColor="#9fb0cc" stopOpacity="0" />
        </linearGradient>
        <pattern id="hero-scan" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="1" fill="#000" opacity="0.22" />
        </pattern>
        <clipPath id="hero-disc">
          <circle cx="905" cy="250" r="180" />
        </clipPath>
      </defs>
      <g stroke="#9fb0cc" strokeOpacity="0.18" strokeWidth="1">
        <path d="M0 470H1200M0 520H1200M0 580H1200M0 630H1200" />
        <path d="M600 430L120 630M600 430L360 630M600 430L600 630M600 430L840 630M600 430L1080 630" />
      </g>
      <circle cx="905" cy="250" r="250" fill="url(#hero-glow)" />
      <circle cx="905" cy="250" r="180" fill="url(#hero-planet)" />
      <g clipPath="url(#hero-disc)" opacity="0.5">
        <path
          d="M725 210c80-18 240-30 360-8M735 300c90 10 230 8 350-20"
          stroke="#3a0410"
          strokeWidth="14"
          fill="none"
        />
        <rect x="720" y="60" width="370" height="380" fill="url(#hero-scan)" />
      </g>
      <ellipse
        cx="905"
        cy="262"
        rx="300"
        ry="54"
        fill="none"
        stroke="url(#hero-metal)"
        strokeWidth="3"
        transform="rotate(-12 905 262)"
      />
      <g fill="#eef0f6">
        <circle cx="700" cy="40" r="1.4" />
        <circle cx="1150" cy="40" r="1.2" />
        <circle cx="1170" cy="470" r="1.8" />
        <circle cx="690" cy="420" r="1.1" />
        <circle cx="1120" cy="90" r="1.5" />
        <circle cx="740" cy="130" r="1" />
      </g>
    </svg>
  );
}
