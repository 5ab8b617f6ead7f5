import React, { useMemo, useState } from "react";

interface Budget {
  remaining: number;
  over: boolean;
  label: string;
}

function useCharacterBudget(text: string, limit: number): Budget {
  return useMemo(() => {
    const remaining = limit - text.length;
    if (remaining < 0) {
      const excess = -remaining;
      return { remaining, over: true, label: `${excess} character${excess === 1 ? "" : "s"} over the limit` };
    }
    return { remaining, over: false, label: `${remaining} character${remaining === 1 ? "" : "s"} left` };
  }, [text, limit]);
}

export default function ProfileBio(): JSX.Element {
  const [bio, setBio] = useState<string>("");
  const [saved, setSaved] = useState<string | null>(null);
  const budget = useCharacterBudget(bio, 40);

  return (
    <form
      onSubmit={(event: React.FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        setSaved(bio);
      }}
    >
      <label htmlFor="bio">Bio</label>
      <textarea
        id="bio"
        rows={3}
        value={bio}
        aria-describedby="bio-counter"
        onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setBio(event.target.value)}
      />
      <p id="bio-counter" data-testid="bio-counter" className={budget.over ? "counter over" : "counter"}>
        {budget.label}
      </p>
      <button type="submit" disabled={budget.over}>
        Save bio
      </button>
      {saved !== null && <p role="status">Bio saved</p>}
    </form>
  );
}
