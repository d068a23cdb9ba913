"""How far a reader's word may be from an indexed one and still find it."""


def typo_budget(word: str) -> int:
    """How many typos a word of this length may have: none below 5 letters (too many
    short words are one letter apart), one for 5 to 8, two for 9 or more."""
    length = len(word)
    if length < 5:
        return 0
    return 1 if length < 9 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """The optimal string alignment distance between `a` and `b` (substitutions,
    insertions, deletions and swaps of adjacent letters, each counted once), or
    limit + 1 as soon as it is certain to exceed `limit`.

    Only the diagonal band |i - j| <= limit is computed, and the work stops at the
    first row whose every cell exceeds the limit: the engine calls this for many
    candidate words per query, most of them far off.
    """
    if a == b:
        return 0
    too_far = limit + 1
    if limit < 0 or abs(len(a) - len(b)) > limit:
        return too_far
    if not a or not b:
        return max(len(a), len(b))
    width = len(b)
    # Rows of the dynamic programme; cells outside the band hold too_far.
    before_previous: list[int] = []
    previous = [j if j <= limit else too_far for j in range(width + 1)]
    for i in range(1, len(a) + 1):
        current = [too_far] * (width + 1)
        if i <= limit:
            current[0] = i
        low = max(1, i - limit)
        high = min(width, i + limit)
        letter = a[i - 1]
        best = current[0]
        for j in range(low, high + 1):
            cost = 0 if letter == b[j - 1] else 1
            cell = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                i > 1
                and j > 1
                and letter == b[j - 2]
                and a[i - 2] == b[j - 1]
                and before_previous[j - 2] + 1 < cell
            ):
                cell = before_previous[j - 2] + 1
            current[j] = min(cell, too_far)
            best = min(best, current[j])
        if best > limit:
            return too_far
        before_previous, previous = previous, current
    return min(previous[width], too_far)
