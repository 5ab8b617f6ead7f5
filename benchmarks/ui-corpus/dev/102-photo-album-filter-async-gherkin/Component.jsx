import React, { useEffect, useMemo, useState } from "react";

export default function PhotoGallery() {
  const [photos, setPhotos] = useState(null);
  const [album, setAlbum] = useState("all");
  const [order, setOrder] = useState("newest");

  useEffect(() => {
    let live = true;
    fetch("/api/photos")
      .then((r) => r.json())
      .then((data) => live && setPhotos(data));
    return () => {
      live = false;
    };
  }, []);

  const albums = useMemo(() => (photos ? [...new Set(photos.map((p) => p.album))] : []), [photos]);
  const shown = useMemo(() => {
    if (!photos) return [];
    const inAlbum = album === "all" ? photos : photos.filter((p) => p.album === album);
    const sorted = [...inAlbum].sort((a, b) => a.taken.localeCompare(b.taken));
    return order === "newest" ? sorted.reverse() : sorted;
  }, [photos, album, order]);

  if (!photos) {
    return <p>Loading photos…</p>;
  }

  return (
    <section>
      <h1>My photos</h1>
      <div>
        <label>
          Album
          <select value={album} onChange={(e) => setAlbum(e.target.value)}>
            <option value="all">All albums</option>
            {albums.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by
          <select value={order} onChange={(e) => setOrder(e.target.value)}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
      </div>
      <p data-testid="photo-count">
        Showing {shown.length} of {photos.length} photos
      </p>
      <div className="grid">
        {shown.map((p) => (
          <figure key={p.id}>
            <div className="thumb" aria-hidden="true" />
            <figcaption data-testid="photo-title">{p.title}</figcaption>
            <small>{p.taken}</small>
          </figure>
        ))}
      </div>
    </section>
  );
}
