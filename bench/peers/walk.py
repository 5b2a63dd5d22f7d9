#!/usr/bin/env python3
"""CPython's standard library over a playlist's browse pages: json.load, then the walk yt-dlp does
(find every video renderer wherever it sits, read its id, title and view text).

  walk.py DIR              read every page once and print how many videos (a whole-process run)
  walk.py DIR --throughput read them over and over for a few seconds and print MB/s in-process
"""
import json
import os
import sys
import time

RENDERERS = ("playlistVideoRenderer", "lockupViewModel")


def text(node):
    if not isinstance(node, dict):
        return None
    if "simpleText" in node:
        return node["simpleText"]
    if "content" in node:
        return node["content"]
    return "".join(run.get("text", "") for run in node.get("runs", []))


def walk(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in RENDERERS and isinstance(value, dict):
                found.append(video(key, value))
            else:
                walk(value, found)
    elif isinstance(node, list):
        for value in node:
            walk(value, found)


def video(kind, r):
    if kind == "playlistVideoRenderer":
        info = (r.get("videoInfo") or {}).get("runs") or [{}]
        return r.get("videoId"), text(r.get("title")), info[0].get("text")
    meta = (r.get("metadata") or {}).get("lockupMetadataViewModel") or {}
    rows = ((meta.get("metadata") or {}).get("contentMetadataViewModel") or {}).get("metadataRows") or []
    views = None
    if len(rows) > 1 and rows[1].get("metadataParts"):
        views = text(rows[1]["metadataParts"][0].get("text"))
    return r.get("contentId"), text(meta.get("title")), views


def read(pages):
    found = []
    for page in pages:
        walk(json.loads(page), found)
    return found


def main():
    folder = sys.argv[1]
    paths = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".json"))
    if "--throughput" not in sys.argv:
        found = []
        for path in paths:
            with open(path, "rb") as f:
                walk(json.load(f), found)
        print(len(found), "videos")
        return
    pages = [open(path, "rb").read() for path in paths]
    size = sum(len(page) for page in pages)
    read(pages)  # warm-up
    rounds, start = 0, time.perf_counter()
    while time.perf_counter() - start < 5:
        read(pages)
        rounds += 1
    seconds = time.perf_counter() - start
    print(f"{size * rounds / seconds / 1e6:.1f} MB/s")


main()
