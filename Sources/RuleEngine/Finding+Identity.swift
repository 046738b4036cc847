extension Finding {
    /// What identifies the finding's subject independently of lines: the item key, else the
    /// normalized path, else the message. Baselines and SARIF fingerprints match on it.
    public var identity: String { key ?? path ?? message }
}
