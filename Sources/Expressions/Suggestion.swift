/// Did-you-mean suggestions for misspelt keys and names.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a likely
    /// typo: at most a third of the word's length and at most `maxEdits` edits, with at least
    /// one edit always allowed.
    public static func closest(to word: String, among candidates: some Sequence<String>, maxEdits: Int = .max) -> String? {
        let limit = max(1, min(maxEdits, word.count / 3))
        let target = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = distance(target, Array(candidate.lowercased()))
            if d <= limit, d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.name
    }

    /// `did you mean 'x'?` for the closest candidate, if any; expression and calendar names are
    /// short, so more than three edits is never a typo there.
    static func hint(for name: String, in candidates: some Sequence<String>) -> String? {
        closest(to: name, among: candidates, maxEdits: 3).map { "did you mean '\($0)'?" }
    }

    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost one, since swapped letters are the commonest typo.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
