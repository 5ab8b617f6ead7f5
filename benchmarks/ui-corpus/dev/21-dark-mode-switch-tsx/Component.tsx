import React, { useEffect, useState } from "react";

function usePreference(initial: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState<boolean>(initial);
  useEffect(() => {
    document.title = value ? "Dark theme" : "Light theme";
  }, [value]);
  return [value, setValue];
}

export default function AppearanceSettings(): JSX.Element {
  const [dark, setDark] = usePreference(false);
  const [compact, setCompact] = useState<boolean>(true);
  return (
    <section style={{ background: dark ? "#111" : "#fff", color: dark ? "#eee" : "#111" }}>
      <h2>Appearance</h2>
      <button role="switch" aria-checked={dark} onClick={() => setDark(!dark)}>
        Dark mode
      </button>
      <button role="switch" aria-checked={compact} onClick={() => setCompact(!compact)}>
        Compact lists
      </button>
      <p data-testid="theme-note">{dark ? "Dark theme is on" : "Light theme is on"}</p>
    </section>
  );
}
