// govlint-datagen: writes deterministic synthetic agency data; built in issue 2.
