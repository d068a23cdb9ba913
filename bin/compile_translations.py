"""Compile every .po file under locale/ into its .mo, with polib: no gettext tools needed."""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    compiled = 0
    for po_path in sorted((ROOT / "locale").glob("*/LC_MESSAGES/*.po")):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        compiled += 1
    print(f"compiled {compiled} translation catalogues")
    return 0 if compiled else 1


if __name__ == "__main__":
    sys.exit(main())
