import React, { useState } from "react";

const TASKS = [
  { title: "Renew passport", priority: 2, due: "2026-03-10" },
  { title: "Pay rent", priority: 1, due: "2026-02-01" },
  { title: "Plan birthday", priority: 3, due: "2026-01-15" },
];

const SORTS = {
  priority: (a, b) => a.priority - b.priority,
  due: (a, b) => a.due.localeCompare(b.due),
  title: (a, b) => a.title.localeCompare(b.title),
};

export default function TaskBoard() {
  const [sort, setSort] = useState("priority");
  const tasks = [...TASKS].sort(SORTS[sort]);
  return (
    <section>
      <label htmlFor="sort">Sort tasks by</label>
      <select id="sort" value={sort} onChange={(e) => setSort(e.target.value)}>
        <option value="priority">Priority</option>
        <option value="due">Due date</option>
        <option value="title">Title</option>
      </select>
      <ol>
        {tasks.map((t) => (
          <li key={t.title} data-testid="task-title">
            {t.title}
          </li>
        ))}
      </ol>
    </section>
  );
}
