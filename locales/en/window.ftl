# The window's words. Terms, used the same way everywhere (translators keep them consistent):
#   instance  – an Amazon Connect instance (never "site" or "tenant")
#   profile   – an AWS profile from the AWS config, or one defined in Connect SSO
#   sign in / sign out – the verbs; "sign-in" is the noun
#   session   – a stored Amazon Connect sign-in this app can reopen
#   End shift – signs out of every session at once (shared desks)
# Arguments are data (names, IDs, regions) and stay as they are.

## Durations and times (numbers and units come from Intl in the language)

duration-under-a-minute = less than a minute
# $duration: "58 min", "2 hr, 5 min"
time-in = in { $duration }
time-ago = { $duration } ago

## Layout

instances-card =
    .aria-label = Amazon Connect instances
