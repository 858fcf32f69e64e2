"""Write the input files of the PolNeAR time set from a PolNeAR checkout (text stays outside the repo).

PolNeAR (github networkdynamics/PolNeAR) ships each article's text and, in `data/metadata.tsv`,
its publication date. newsledger reads a JSON record's `published` as the date a page would
show, so each article listed in `articles.txt` becomes `<out>/<article>.json` holding the
article's text unchanged and that date. Only train and dev articles may be listed; the
test compartment stays unread. `--articles` reads another set's list (polnear_time2).

    python benchmarks/polnear_time/make_inputs.py --polnear /path/to/PolNeAR --out /tmp/pn_time
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=Path, required=True, help="PolNeAR checkout (holding data/)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--articles", type=Path, default=HERE / "articles.txt",
                    help="file names, one per line (default: this set's articles.txt)")
    args = ap.parse_args()
    data = args.polnear / "data"
    with open(data / "metadata.tsv", newline="", encoding="utf-8") as f:
        meta = {row["filename"]: row for row in csv.DictReader(f, delimiter="\t")}
    args.out.mkdir(parents=True, exist_ok=True)
    for line in args.articles.read_text(encoding="utf-8").split():
        row = meta[line]
        if row["compartment"] not in ("train", "dev"):
            raise SystemExit(f"{line}: only train and dev articles may be used")
        text = (data / row["compartment"] / "text" / f"{line}.txt").read_text(encoding="utf-8")
        record = {"text": text, "published": row["publication_date"]}
        (args.out / f"{line}.json").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        print(args.out / f"{line}.json")


if __name__ == "__main__":
    main()
