import CLIKit
import HRAPCore
import HRAPUseCases
import JSONCoding

/// `hrap user`: people's accounts of `hrap serve`, for administrators at the server's command line.
enum UserCommands {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "user", abstract: "Invite people, list them, make password links, disable and enable accounts.",
            discussion: """
                An invitation creates the account without a password and prints a one-time link (valid 7 days, usable
                once, stored only as a hash) where the person sets their password; hand it over by any channel you
                trust. 'reset' makes a new link for a forgotten password; earlier links stop working. Roles, one per
                --role: officer:GOVERNMENT, reviewer:IDENTITY, viewer, viewer:GOVERNMENT (also that government's
                drafts) or admin. --site is the address people reach hrap at, to print whole links.
                """,
            examples: [
                "hrap user invite maria@aldermoor.gov.uk --name 'Maria Lind' --role officer:GB-aldermoor",
                "hrap user reset maria@aldermoor.gov.uk --site https://hrap.aldermoor.gov.uk",
                "hrap user disable maria@aldermoor.gov.uk",
            ],
            subcommands: [
                invite(context), list(context), reset(context), state(context, disable: true),
                state(context, disable: false),
            ])
    }

    static let site = Option.value(
        "site", valueName: "URL", help: "The address people reach hrap at (default: a path only).")

    static func invite(_ context: CommandContext) -> Command {
        Command(
            "invite", abstract: "Create an account and print its one-time link.",
            options: [
                .value("name", valueName: "TEXT", help: "The person's name as pages show it."),
                .value("role", valueName: "ROLE", help: "A role with its scope.", repeatable: true),
                site,
            ],
            arguments: [Argument("USERNAME", help: "What the person types to sign in (often an e-mail address).")]
        ) { parsed in
            guard let name = parsed.value("name") else { throw UsageError.missingOption("name", valueName: "TEXT") }
            let texts = parsed.values["role"] ?? []
            guard !texts.isEmpty else { throw UsageError.missingOption("role", valueName: "ROLE") }
            let grants = try texts.map { part in
                guard let grant = AccessGrant(part) else {
                    throw UsageError(
                        "Invalid value '\(part)' for '--role <role>': expected officer:GOVERNMENT, reviewer:IDENTITY, "
                            + "viewer, viewer:GOVERNMENT or admin.")
                }
                return grant
            }
            let link = try context.service(parsed, .write).inviteAccount(
                AccountRequest(username: parsed.argument("USERNAME") ?? "", displayName: name, grants: grants),
                as: context.principal(parsed))
            show(link, parsed, context)
        }
    }

    static func reset(_ context: CommandContext) -> Command {
        Command(
            "reset", abstract: "Print a new one-time link for a person to set a new password.",
            options: [site], arguments: [Argument("USERNAME", help: "The person's user name.")]
        ) { parsed in
            let link = try context.service(parsed, .write).resetLink(
                for: parsed.argument("USERNAME") ?? "", as: context.principal(parsed))
            show(link, parsed, context)
        }
    }

    static func state(_ context: CommandContext, disable: Bool) -> Command {
        Command(
            disable ? "disable" : "enable",
            abstract: disable
                ? "Disable an account: no sign-in; its sessions end and its tokens stop working."
                : "Enable a disabled account again.",
            arguments: [Argument("USERNAME", help: "The person's user name.")]
        ) { parsed in
            let account = try context.service(parsed, .write).setDisabled(
                disable, username: parsed.argument("USERNAME") ?? "", as: context.principal(parsed))
            context.say("\(account.username) is \(account.state.rawValue).")
        }
    }

    static func list(_ context: CommandContext) -> Command {
        Command(
            "list", abstract: "List the accounts (never their password hashes).", options: [OutputFormat.tableOrJSON]
        ) { parsed in
            let accounts = try context.service(parsed, .read).accounts(as: context.principal(parsed))
            if context.format(parsed) == .json {
                return context.say(JSONWriter.pretty(.array(accounts.map { $0.json() })))
            }
            let rows = accounts.map {
                [$0.username, $0.displayName, $0.grants.map(\.description).joined(separator: ", "), $0.state.rawValue]
            }
            context.io.out(TableRenderer.render(header: ["username", "name", "roles", "state"], rows: rows))
        }
    }

    private static func show(_ link: IssuedLink, _ parsed: ParsedArguments, _ context: CommandContext) {
        let base = (parsed.value("site") ?? "").reversed().drop { $0 == "/" }.reversed()
        context.say(String(base) + "/welcome/" + link.secret)
        context.io.err(
            "A one-time link for \(link.account.username), valid until \(link.expires). It is shown only now.\n")
    }
}
