import CLIKit
import HRAPCore
import HRAPUseCases
import JSONCoding

/// `hrap token`: the access tokens of `hrap serve`.
enum TokenCommands {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "token", abstract: "Create, list and revoke the access tokens of the HTTP service (hrap serve).",
            discussion: """
                A token is printed once, when it is created, and never again: only its SHA-256 is stored. Roles:
                viewer reads published plans and public values; officer writes the plans of its government; reviewer
                writes only its own rating sheets in the rounds it is invited to; admin does everything. Clients send
                it as 'Authorization: Bearer TOKEN'.
                """,
            examples: [
                "hrap token create --name maria --role officer --government GB-aldermoor --expires 2027-12-31",
                "hrap token revoke maria",
            ],
            subcommands: [create(context), list(context), revoke(context)])
    }

    static func create(_ context: CommandContext) -> Command {
        Command(
            "create", abstract: "Create a token and print it once.",
            options: [
                .value("name", valueName: "TEXT", help: "A unique name, written into the audit log with the role."),
                .value(
                    "role", valueName: "ROLE", help: "What the token may do.",
                    allowed: Principal.Role.allCases.map(\.rawValue)),
                .value("government", valueName: "CODE", help: "The government an officer writes for."),
                .value("reviewer", valueName: "CODE", help: "The reviewer identity (an invited reviewer's code)."),
                .value(
                    "expires", valueName: "DATE",
                    help: "The last day the token is accepted (default: until revoked)."),
            ]
        ) { parsed in
            guard let name = parsed.value("name") else { throw UsageError.missingOption("name", valueName: "TEXT") }
            guard let role = parsed.value("role").flatMap(Principal.Role.init) else {
                throw UsageError.missingOption("role", valueName: "ROLE")
            }
            let expires = try parsed.value("expires").map { text in
                guard let date = CalendarDate(text) else {
                    throw UsageError("Invalid value '\(text)' for '--expires <date>': expected a date YYYY-MM-DD.")
                }
                return date
            }
            let request = TokenRequest(
                name: name, role: role, government: parsed.value("government"), reviewer: parsed.value("reviewer"),
                expires: expires)
            let (token, record) = try context.service(parsed, .write).createToken(
                request,
                as: context.principal(parsed))
            context.say(token)
            context.io.err("Created token '\(record.name)' (\(record.role)). It is shown only now: store it safely.\n")
        }
    }

    static func list(_ context: CommandContext) -> Command {
        Command(
            "list", abstract: "List the tokens (never the tokens themselves).",
            options: [OutputFormat.tableOrJSON]
        ) { parsed in
            let tokens = try context.service(parsed, .read).tokens(as: context.principal(parsed))
            let today = context.clock().date
            if context.format(parsed) == .json {
                return context.say(JSONWriter.pretty(.array(tokens.map { $0.json(stateOn: today) })))
            }
            let rows = tokens.map { token in
                let state = token.state(on: today)
                return [
                    token.name, token.role, token.government ?? token.reviewer ?? "", token.expires?.description ?? "",
                    token.created.description, token.revoked.map { "revoked \($0)" } ?? state.rawValue,
                ]
            }
            context.io.out(
                TableRenderer.render(
                    header: ["name", "role", "for", "expires", "created", "state"],
                    rows: rows))
        }
    }

    static func revoke(_ context: CommandContext) -> Command {
        Command(
            "revoke", abstract: "Revoke a token for good.",
            arguments: [Argument("NAME", help: "The token's name.")]
        ) { parsed in
            let token = try context.service(parsed, .write).revokeToken(
                parsed.argument("NAME") ?? "",
                as: context.principal(parsed))
            context.say("Revoked token '\(token.name)'.")
        }
    }
}
