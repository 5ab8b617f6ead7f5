import React, { useMemo, useState } from "react";

function rate(password: string): string {
  if (password.length === 0) return "";
  let score = 0;
  if (password.length >= 12) score += 1;
  if (/[A-Z]/.test(password) && /[a-z]/.test(password)) score += 1;
  if (/\d/.test(password)) score += 1;
  if (/[^A-Za-z0-9]/.test(password)) score += 1;
  return ["Too weak", "Weak", "Fair", "Good", "Strong"][score];
}

export default function PasswordStrength(): JSX.Element {
  const [password, setPassword] = useState<string>("");
  const strength = useMemo(() => rate(password), [password]);
  return (
    <form>
      <label htmlFor="new-password">New password</label>
      <input id="new-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <p data-testid="strength" aria-live="polite">
        {strength && `Strength: ${strength}`}
      </p>
    </form>
  );
}
