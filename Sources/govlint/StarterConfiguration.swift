/// The commented `.govlint.yml` that `govlint init` writes; every key is documented, and the
/// active settings are the defaults, so the file changes nothing until edited.
enum StarterConfiguration {
    static let text = """
        # govlint configuration. govlint uses the nearest .govlint.yml in the current folder or
        # a parent; paths and globs here are relative to this file's folder. Flags given on the
        # command line override these settings.
        version: 1

        # Rule sets to run: built-in names (builtin:NAME), rule-set files or folders of them.
        # Without this key the built-in rule sets run. --rules replaces this list.
        # rules: [builtin:vn-procedures, builtin:vn-dossiers, ./rules/local.yml]

        # The data files `govlint check` reads when it is given no paths (.yml, .yaml, .json, .csv;
        # hidden folders are skipped). Paths given on the command line replace this list.
        include: ["**"]
        # Files never to check.
        exclude: []

        # The date open items are judged against (default: today).
        # as-of: 2020-12-31

        # The working-day calendar for deadlines.
        # calendar: builtin:vn

        # The formats date strings in the data are written in.
        # date-formats: [yyyy-MM-dd, dd/MM/yyyy]

        # Rule levels overriding the rule sets: error, warning, info or off.
        # severity:
        #   vn-report/online-level4-share: off

        # Findings recorded in this file are hidden (write it with --write-baseline FILE).
        # baseline: .govlint-baseline.json

        # The lowest severity that makes govlint exit 1: error, warning, info or never.
        fail-on: error

        # Reports to write on every run, FORMAT or FORMAT:FILE (text json sarif junit github
        # markdown checkstyle). --format replaces this list.
        # formats: [text, sarif:govlint.sarif]

        """
}
