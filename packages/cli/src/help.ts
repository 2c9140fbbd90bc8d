/** The text of `wandelcoach --help`. */
export const HELP_TEXT = `wandelcoach: a walking plan for back pain and walking backwards, from an intake and a walking log

Usage:
  wandelcoach plan --intake FILE [--logs FILE] [--prescription FILE] [--today YYYY-MM-DD]
                   [--weeks N] [--json]
  wandelcoach migrate
  wandelcoach backup FILE
  wandelcoach restore FILE
  wandelcoach practice create --name NAME --admin-email EMAIL [--locale nl|en]
  wandelcoach practice reset-second-factor --email EMAIL
  wandelcoach --help
  wandelcoach --version

Options:
  --intake FILE        the intake, a JSON object (required); - reads standard input
  --logs FILE          the walks done so far, a JSON list; - reads standard input
  --prescription FILE  what a physiotherapist decided for this person (changes and clearances),
                       a JSON object; - reads standard input
  --today YYYY-MM-DD   the date to plan from (default: today's date on this computer)
  --weeks N            how many weeks to plan, 1 to 52 (default: 12)
  --json               print the result as one JSON document instead of a readable plan
  -h, --help           show this help
  --version            show the version

"migrate" brings the server's database up to date, as the server does when it starts: the SQLite
file in DATA_DIR (default ./data), or the PostgreSQL database in DATABASE_URL.

"backup FILE" copies the SQLite database to FILE, a new file, at one moment; the server may keep
running meanwhile. "restore FILE" puts such a backup in place of the database; stop the server
first (Ctrl+C, or SIGTERM). The database it replaces is kept beside it, as
wandelcoach.db.before-restore-<time>. With DATABASE_URL (PostgreSQL), use pg_dump and pg_restore.

"practice create" makes a practice in the server's database and prints a single-use link
(7 days) with which its first admin sets a password, or joins with the password of their
account. With SMTP_URL set the link is mailed too (in Dutch, or --locale en); without it,
pass the link on yourself.

"practice reset-second-factor" is for a clinician or admin who lost the phone with the
authenticator app and the recovery codes, when no other admin of their practice can reset it
(an admin never resets their own). It removes the app and the recovery codes of the account
with that address and signs it out everywhere; at the next sign-in the person sets up the app
again. With SMTP_URL set they are told by mail.

The readable plan is written in the intake's language ("locale": "nl" or "en", default "nl").
Only one of --intake, --logs and --prescription can be -.

Exit codes:
  0  the plan was printed (or the advice to get help first, when the safety check gives no plan)
  1  something unexpected went wrong
  2  the input is wrong: one line per problem on stderr, as "field: what is wrong"
     (for backup and restore also: FILE cannot be written or is no backup, or the server still runs;
     for practice create: --name or --admin-email is missing or wrong; for practice
     reset-second-factor: no account has the address, or it has no authenticator app set up)

Examples:
  wandelcoach plan --intake examples/intake-back-pain.json --today 2026-11-23
  wandelcoach plan --intake examples/intake-back-pain.json \\
      --logs examples/logs-two-weeks.json --today 2026-12-07
  wandelcoach plan --intake examples/intake-retro-older.json \\
      --prescription examples/prescription-physio.json --today 2026-12-20
  cat intake.json | wandelcoach plan --intake - --json
  wandelcoach backup backups/wandelcoach-2026-11-23.db
  wandelcoach practice create --name "Fysiotherapie De Brug" --admin-email beheer@debrug.nl
  wandelcoach practice reset-second-factor --email beheer@debrug.nl
`;
