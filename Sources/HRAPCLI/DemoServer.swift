import CLIKit
import HRAPCore
import HRAPServer
import HRAPUseCases

/// The demo's last step: the REST API on the example database, with tokens printed, until Ctrl-C.
enum DemoServer {
    static func run(_ parsed: ParsedArguments, plan: String, database: String, _ context: CommandContext) throws {
        let setup = try context.service(parsed, .write)
        let principal = context.principal(parsed)
        let admin = try setup.createToken(TokenRequest(name: "demo-admin", role: .admin), as: principal).token
        let officer = try setup.createToken(
            TokenRequest(name: "demo-officer", role: .officer, government: "GB-aldermoor"), as: principal
        ).token
        let invitation = try setup.inviteAccount(
            AccountRequest(
                username: "maria@aldermoor.example", displayName: "Maria Lind (demo)",
                grants: [AccessGrant(.officer, government: "GB-aldermoor")]), as: principal)
        let service = try HRAPService.open(
            path: context.absolutePath(database), mode: .write, policy: RolePolicy(), catalogue: context.catalogue,
            passwords: context.passwords(), busyTimeoutMilliseconds: 5_000, clock: context.clock)
        let port = Int(parsed.value("port") ?? "8080") ?? 8080
        let site = try ServeCommand.siteOptions(parsed, context)
        let running: ServeCommand.Running
        do {
            running = try ServeCommand.start(
                service, host: "127.0.0.1", port: port, readOnly: false, quiet: true,
                site: site, context)
        } catch {
            running = try ServeCommand.start(
                service, host: "127.0.0.1", port: 0, readOnly: false, quiet: true, site: site, context)
        }
        let base = "http://\(running.address)/api/v1"
        context.say("8. The public site: http://\(running.address)/plans/\(plan)")
        context.say(
            "   an officer's invitation: http://\(running.address)/welcome/\(invitation.secret) (choose a password "
                + "there, then sign in as \(invitation.account.username))")
        context.say("   the REST API on this database: \(base) (OpenAPI: \(base)/openapi.json)")
        context.say("   admin token:   \(admin)")
        context.say("   officer token: \(officer) (writes Aldermoor's plans only; also signs in at /sign-in)")
        context.say("   curl -H 'Authorization: Bearer \(admin)' \(base)/plans/\(plan)/score")
        context.say("   Ctrl-C stops the server.")
        ServeCommand.waitForSignal()
        running.http.shutdown()
        service.close()
        context.io.err("Stopped.\n")
    }
}
