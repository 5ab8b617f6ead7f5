import React, { useState } from "react";

const PLANTS = [
  { name: "Monstera", room: "Living room", waterInDays: 5 },
  { name: "Basil", room: "Kitchen", waterInDays: 1 },
  { name: "Zebra plant", room: "Living room", waterInDays: 3 },
  { name: "Aloe vera", room: "Kitchen", waterInDays: 21 },
  { name: "Peace lily", room: "Bedroom", waterInDays: 0 },
  { name: "Snake plant", room: "Bedroom", waterInDays: 14 },
];

const SORTS = {
  name: (a, b) => a.name.localeCompare(b.name),
  watering: (a, b) => a.waterInDays - b.waterInDays || a.name.localeCompare(b.name),
};

function due(days) {
  if (days === 0) return "Water today";
  if (days === 1) return "Water tomorrow";
  return `Water in ${days} days`;
}

export default function PlantList() {
  const [sortBy, setSortBy] = useState("name");
  const [room, setRoom] = useState("all");

  const rooms = [...new Set(PLANTS.map((p) => p.room))].sort();
  const shown = PLANTS.filter((p) => room === "all" || p.room === room).sort(SORTS[sortBy]);

  return (
    <section>
      <h2>My plants</h2>
      <div className="toolbar">
        <label htmlFor="sort-by">Sort by</label>
        <select id="sort-by" value={sortBy} onChange={(e) => setSortBy(e.target.value)}>
          <option value="name">Name</option>
          <option value="watering">Next watering</option>
        </select>
        <label htmlFor="room">Room</label>
        <select id="room" value={room} onChange={(e) => setRoom(e.target.value)}>
          <option value="all">All rooms</option>
          {rooms.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <p data-testid="plant-count">{shown.length === 1 ? "1 plant" : `${shown.length} plants`}</p>
      <ul>
        {shown.map((plant) => (
          <li key={plant.name}>
            <strong>{plant.name}</strong> <span>{plant.room}</span> · <span>{due(plant.waterInDays)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
