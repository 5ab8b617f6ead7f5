import React, { useState } from "react";

function useTags(limit: number) {
  const [tags, setTags] = useState<string[]>([]);
  const [problem, setProblem] = useState<string>("");
  function add(raw: string): boolean {
    const tag = raw.trim().toLowerCase();
    if (!tag) return false;
    if (tags.includes(tag)) {
      setProblem(`"${tag}" is already added`);
      return false;
    }
    if (tags.length >= limit) {
      setProblem(`You can add at most ${limit} tags`);
      return false;
    }
    setTags([...tags, tag]);
    setProblem("");
    return true;
  }
  const remove = (tag: string) => setTags(tags.filter((t) => t !== tag));
  return { tags, problem, add, remove };
}

export default function TagEditor(): JSX.Element {
  const { tags, problem, add, remove } = useTags(3);
  const [draft, setDraft] = useState<string>("");
  return (
    <div>
      <label htmlFor="tag">New tag</label>
      <input id="tag" value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button onClick={() => add(draft) && setDraft("")}>Add tag</button>
      {problem && <p role="alert">{problem}</p>}
      <ul aria-label="Tags">
        {tags.map((t) => (
          <li key={t}>
            #{t} <button aria-label={`Remove ${t}`} onClick={() => remove(t)}>×</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
