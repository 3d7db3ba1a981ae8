# Error messages and their hints. Each message says what happened (naming the profile or the
# instance); its .hint says the next step. Shared by the window and the terminal.
# Arguments are data and stay as they are: profile names, instance names, what AWS said.

error-internal = Something went wrong inside Connect SSO: { $detail }
    .hint = This is a bug in Connect SSO. Run again with CONNECT_SSO_LOG=debug and report what it prints.

error-language-unknown = Connect SSO does not speak “{ $language }”.
    .hint = Pick a language from the list in Settings.
