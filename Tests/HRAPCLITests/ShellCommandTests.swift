import Foundation
import Testing

/// Completion scripts and the manual page, generated from the command tree: bash is asked for completions the way
/// it asks when Tab is pressed; the manual page is set by groff with every warning on.
@Suite struct ShellCommandTests {
    private func shell(_ program: String, _ arguments: [String], input: String? = nil) throws -> (Int32, String, String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        (process.standardOutput, process.standardError, process.standardInput) = (out, err, stdin)
        try process.run()
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output, errors)
    }

    /// What bash offers after the words typed so far (the last one being completed).
    private func complete(_ script: String, _ words: [String]) throws -> [String] {
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program =
            "source /dev/stdin; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _hrap; "
            + "printf '%s\\n' \"${COMPREPLY[@]}\""
        let (status, out, err) = try shell("bash", ["-c", program], input: script)
        #expect(status == 0, "\(err)")
        return out.split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesCommandsSubcommandsOptionsAndTheirValues() throws {
        let script = Session().run("completion", "bash").out
        #expect(try complete(script, ["hrap", "imp"]) == ["import", "import-csv"])
        #expect(try complete(script, ["hrap", "field", "re"]) == ["retire"], "a new subcommand appears by itself")
        #expect(try complete(script, ["hrap", "import-csv", "--del"]) == ["--delimiter"])
        #expect(try complete(script, ["hrap", "import-csv", "--delimiter", ""]) == [",", ";"])
        #expect(try complete(script, ["hrap", "export-bundle", "--lang", "d"]) == ["de"])
        #expect(try complete(script, ["hrap", "import", "--db", ""]) == [], "a path: the shell's file names")
    }

    @Test func zshAndFishScriptsComeFromTheSameTree() {
        let session = Session()
        let zsh = session.run("completion", "zsh").out
        #expect(zsh.hasPrefix("#compdef hrap\n") && zsh.contains("complete -o default -F _hrap hrap"))
        let fish = session.run("completion", "fish").out
        #expect(fish.contains("complete -c hrap -n '__hrap_path \"hrap field\"' -a retire -d "))
        #expect(fish.contains("-l delimiter -x -a ', ;'"))
        let wrong = session.run("completion", "tcsh")
        #expect(wrong.code == 64 && wrong.err.contains("Expected bash, zsh or fish"))
    }

    @Test func theManualPageSetsWithoutWarningsAndDocumentsEveryCommand() throws {
        let page = Session().run("manual").out
        #expect(page.hasPrefix(".TH HRAP 1 \""))
        for command in ["hrap import\\-csv", "hrap field retire", "hrap completion", "hrap serve"] {
            #expect(page.contains(".SS \"\(command)\""), "\(command)")
        }
        #expect(page.contains(".B 65\n"), "exit statuses")
        let (status, text, warnings) = try shell("groff", ["-man", "-Tutf8", "-ww"], input: page)
        #expect(status == 0 && warnings.isEmpty, "\(warnings)")
        #expect(text.contains("Percent complete, 0–100."), "non-ASCII text survives")
    }
}
