import CLIKit
import Dispatch
import Foundation
import HRAPCore
import HRAPServer
import HRAPUseCases
import HTTPServing
import HRAPWeb

/// `hrap serve`: the public site, the web forms and the REST API over the database, until SIGINT or SIGTERM.
enum ServeCommand {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "serve", abstract: "Serve the public site, the web forms and the REST API (/api/v1) until interrupted.",
            discussion: """
                The public pages (/) show published plans with public values only, without sign-in. The forms need a
                session: people sign in at /sign-in with their user name and password ('hrap user invite' makes the
                link where they set it), with an API token, or through the city's sign-on proxy
                (--auth-proxy-header, believed only from --trusted-proxy addresses). The API needs a token on every
                request, sent as 'Authorization: Bearer TOKEN'; the OpenAPI document is at /api/v1/openapi.json. One
                access-log line per request goes to standard error (no query, no token). SIGINT or SIGTERM stops
                accepting, lets the requests being answered finish and closes the database.
                """,
            examples: [
                "hrap serve --db city.sqlite --port 8080", "hrap serve --db city.sqlite --port 0 --read-only",
                "hrap serve --db city.sqlite --auth-proxy-header X-Forwarded-User --trusted-proxy 127.0.0.1",
            ],
            options: options
        ) { parsed in
            let port = try portNumber(parsed.value("port") ?? "8080")
            let host = parsed.value("host") ?? "127.0.0.1"
            guard HTTPServer.isAddressLiteral(host) else {
                throw UsageError(
                    "The value '\(host)' is invalid for '--host <address>'. Expected an IPv4 or IPv6 address.")
            }
            let path = context.absolutePath(context.databasePath(parsed))
            // A mistyped --db must not become an empty database behind an empty site.
            guard parsed.flag("init") || FileManager.default.fileExists(atPath: path) else {
                throw ServiceError.missingDatabase(path)
            }
            var site = try siteOptions(parsed, context)
            let service = try HRAPService.open(
                path: path, mode: .write, policy: RolePolicy(), catalogue: context.catalogue,
                passwords: context.passwords(minimumLength: try minimumLength(parsed)), busyTimeoutMilliseconds: 5_000,
                clock: context.clock)
            site.readOnly = parsed.flag("read-only")
            limitMallocArenas()
            let server = try start(
                service, host: host, port: port, readOnly: parsed.flag("read-only"), quiet: parsed.flag("quiet"),
                site: site, context)
            let database = context.databasePath(parsed)
            context.say(
                "Serving http://\(server.address)/ and the API at /api/v1 (database \(database)); Ctrl-C stops.")
            waitForSignal()
            context.io.err("Stopping: finishing the requests under way…\n")
            server.http.shutdown()
            service.close()
            context.io.err("Stopped.\n")
        }
    }

    /// The options of `hrap serve`.
    static let options: [Option] = [
        .value("host", valueName: "ADDRESS", help: "The address to listen on.", default: "127.0.0.1"),
        .value("port", valueName: "PORT", help: "The port (0: any free port, printed).", default: "8080"),
        .flag("read-only", help: "Refuse every write."),
        .flag("init", help: "Create the database if it does not exist (without it, a missing one exits 66)."),
        .flag("quiet", help: "No access log."),
        .value(
            "contact", valueName: "TEXT", help: "Who to contact about accessibility (on /accessibility).",
            default: "the city's web team"),
        .flag("secure-cookies", help: "Mark session cookies Secure (set when a TLS proxy forwards to hrap)."),
        .value("templates", valueName: "DIR", help: "A directory of templates that replace the standard ones."),
        .value(
            "auth-proxy-header", valueName: "HEADER",
            help: "Single sign-on: the header in which a trusted proxy names the signed-in user."),
        .value(
            "trusted-proxy", valueName: "ADDRESSES",
            help: "The proxy addresses the sign-on header is believed from, separated by commas."),
        .value(
            "auth-proxy-newcomers", valueName: "ROLE",
            help: "The role of a person the proxy names who has no account yet (e.g. viewer); else refused."),
        .value(
            "password-min-length", valueName: "N", help: "The shortest password accepted (at least 8).",
            default: "12"),
        .value(
            "public-url", valueName: "URL",
            help: "The site's public address (https://…), for absolute links in the data catalogue (/catalogue.jsonld)."
        ),
    ]

    /// A running server and where it listens.
    struct Running {
        let http: HTTPServer
        let address: String
    }

    /// The site's templates, locales and settings from the options.
    static func siteOptions(_ parsed: ParsedArguments, _ context: CommandContext) throws -> WebSite.Options {
        let templates = try ReportTemplates.load(context, overrides: parsed.value("templates"))
        var options = WebSite.Options(
            templates: templates.sources, locales: try templates.allLocales(),
            today: { context.clock().date })
        options.accessibilityContact = parsed.value("contact") ?? options.accessibilityContact
        options.secureCookies = parsed.flag("secure-cookies")
        options.authProxy = try authProxy(parsed)
        options.publicURL = try OptionValue.webAddress(parsed, "public-url")
        return options
    }

    /// Single sign-on through a proxy, from the options: a header needs trusted addresses, each an address literal.
    static func authProxy(_ parsed: ParsedArguments) throws -> AuthProxy? {
        guard let header = parsed.value("auth-proxy-header") else {
            if parsed.value("trusted-proxy") != nil || parsed.value("auth-proxy-newcomers") != nil {
                throw UsageError("'--trusted-proxy' and '--auth-proxy-newcomers' need '--auth-proxy-header'.")
            }
            return nil
        }
        guard !header.isEmpty, header.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw UsageError(
                "The value '\(header)' is invalid for '--auth-proxy-header <header>'. Expected a header name.")
        }
        let addresses = (parsed.value("trusted-proxy") ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !addresses.isEmpty, addresses.allSatisfy(HTTPServer.isAddressLiteral) else {
            throw UsageError(
                "'--auth-proxy-header' needs '--trusted-proxy' with the proxy's IPv4 or IPv6 addresses, separated by commas."
            )
        }
        var newcomers: AccessGrant?
        if let text = parsed.value("auth-proxy-newcomers") {
            guard let grant = AccessGrant(text), grant.role != .admin else {
                throw UsageError(
                    "The value '\(text)' is invalid for '--auth-proxy-newcomers <role>'. Expected viewer, viewer:GOV, officer:GOV or reviewer:ID."
                )
            }
            newcomers = grant
        }
        return AuthProxy(header: header, trusted: Set(addresses), newcomers: newcomers)
    }

    private static func minimumLength(_ parsed: ParsedArguments) throws -> Int {
        let text = parsed.value("password-min-length") ?? "12"
        guard let length = Int(text), (8...256).contains(length) else {
            throw UsageError("The value '\(text)' is invalid for '--password-min-length <n>'. Expected 8 to 256.")
        }
        return length
    }

    /// Keeps glibc's malloc to four arenas unless `MALLOC_ARENA_MAX` says otherwise: by default each of the server's
    /// worker threads may get an arena of its own, each keeping what a large plan's rebuild freed. Measured on the
    /// 100,000-value synthetic plan, 64 connections on its cached page while a value is recorded every 200 ms (wrk,
    /// 6 s): the default arenas peak at about 960 MiB; two at 254 MiB but p99 356 ms (page threads wait for the arena
    /// a rebuild allocates in); four at 393 MiB with p99 7.5 ms.
    private static func limitMallocArenas() {
        guard ProcessInfo.processInfo.environment["MALLOC_ARENA_MAX"] == nil else { return }
        _ = glibcMallopt(-8, 4)  // M_ARENA_MAX in <malloc.h>
    }

    static func start(
        _ service: HRAPService, host: String, port: Int, readOnly: Bool, quiet: Bool, site: WebSite.Options,
        _ context: CommandContext
    ) throws -> Running {
        var options = APIServer.Options(today: { context.clock().date })
        options.readOnly = readOnly
        options.logsAccess = !quiet
        options.log = { line in if !quiet || line.hasPrefix("error") { context.io.err(line + "\n") } }
        let api = APIServer(service: service, options: options)
        var siteOptions = site
        siteOptions.log = options.log
        let web: WebSite
        do { web = try WebSite(service: service, options: siteOptions) } catch {
            throw CLIFailure("cannot set up the site: \(error)", exitCode: ExitCode.dataError)
        }
        var configuration = HTTPServer.Configuration()
        configuration.host = host
        configuration.port = port
        api.configure(&configuration)
        web.configure(&configuration)
        let http = HTTPServer(configuration: configuration) { request in
            WebSite.serves(request.path) ? web.handle(request) : api.handle(request)
        }
        do {
            let bound = try http.start()
            return Running(http: http, address: host.contains(":") ? "[\(host)]:\(bound)" : "\(host):\(bound)")
        } catch {
            http.shutdown()
            throw CLIFailure("cannot listen on \(host):\(port): \(error)", exitCode: ExitCode.ioError)
        }
    }

    private static func portNumber(_ text: String) throws -> Int {
        guard let port = Int(text), (0...65535).contains(port) else {
            throw UsageError("The value '\(text)' is invalid for '--port <port>'. Expected a number from 0 to 65535.")
        }
        return port
    }

    /// Blocks until SIGINT or SIGTERM arrives.
    static func waitForSignal() {
        let arrived = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { arrived.signal() }
            source.resume()
            sources.append(source)
        }
        arrived.wait()
        sources.forEach { $0.cancel() }
    }
}

/// glibc's `mallopt`, which the Glibc module does not export.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
