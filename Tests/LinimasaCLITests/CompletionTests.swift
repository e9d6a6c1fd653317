import Foundation
import LinimasaTestSupport
import Testing

/// Shell completions (bash, zsh, fish; scripts/setup installs the shells) and the man page.
@Suite struct CompletionTests {
  func script(_ shell: String) throws -> String {
    let run = try Run(["--generate-completion-script", shell])
    #expect(run.status == 0, "\(run.standardError)")
    return run.standardOutput
  }

  /// What bash completes for `line` (the words typed so far, the last one partial), in the
  /// repository root: the completion function called as bash calls it.
  func bashCompletions(_ line: String) throws -> [String] {
    let folder = try Repository.temporaryFolder("completion")
    let file = folder.appendingPathComponent("linimasa.bash")
    try script("bash").write(to: file, atomically: true, encoding: .utf8)
    let harness = """
      source "$SCRIPT"
      COMP_LINE="$LINE"; COMP_POINT=${#COMP_LINE}
      read -ra COMP_WORDS <<< "$COMP_LINE"
      [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
      COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
      COMPREPLY=()
      _linimasa linimasa "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let run = try Run(
      ["-c", "cd \"$REPO\"; " + harness],
      environment: ["SCRIPT": file.path, "LINE": line, "REPO": Repository.root.path], program: "/bin/bash")
    #expect(run.status == 0, "\(run.standardError)")
    return run.standardOutput.split(separator: "\n").map(String.init)
  }

  @Test func bashCompletesSubcommandsFormatsAndFileNames() throws {
    #expect(try bashCompletions("linimasa ext") == ["extract"])
    #expect(try bashCompletions("linimasa extract Cor") == ["Corpus"])
    #expect(try bashCompletions("linimasa map Corpus/i") == ["Corpus/id"])
    #expect(try bashCompletions("linimasa extract Corpus --lexicons Lex") == ["Lexicons"])
    #expect(try bashCompletions("linimasa extract Corpus -o READ") == ["README.md"])
    #expect(Set(try bashCompletions("linimasa extract Corpus --format c")) == ["csv", "claims-csv"])
    #expect(try bashCompletions("linimasa inspect Corpus/en/mk-ruling-d") == ["Corpus/en/mk-ruling-dump.jsonl"])
  }

  @Test func fishCompletesSubcommandsAndFileNames() throws {
    let folder = try Repository.temporaryFolder("completion-fish")
    let file = folder.appendingPathComponent("linimasa.fish")
    try script("fish").write(to: file, atomically: true, encoding: .utf8)
    let run = try Run(
      [
        "-c",
        "cd $REPO; source $SCRIPT; complete -C 'linimasa extract Cor'; complete -C 'linimasa ext'; "
          + "complete -C 'linimasa extract Corpus --format claims'",
      ], environment: ["SCRIPT": file.path, "REPO": Repository.root.path], program: Self.shell("fish"))
    #expect(run.status == 0, "fish: \(run.standardError) (run scripts/setup: it installs fish)")
    let lines = run.standardOutput.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
    #expect(lines == ["Corpus/", "extract", "claims-csv"], "\(run.standardOutput)")
  }

  @Test func zshLoadsTheScriptAndCompletesPathsWithFiles() throws {
    let folder = try Repository.temporaryFolder("completion-zsh")
    let file = folder.appendingPathComponent("_linimasa")
    let text = try script("zsh")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let check = try Run(["-n", file.path], program: Self.shell("zsh"))
    #expect(check.status == 0, "zsh -n: \(check.standardError) (run scripts/setup: it installs zsh)")
    // The compsys function each path takes: file names (folders for --lexicons), never nothing.
    for spec in ["'*:path:_files'", ":dir:_files -/'", "'(-o --output)'{-o,--output}'[Output file;", ":partial:_files -g"] {
      #expect(text.contains(spec), "zsh completion lacks \(spec)")
    }
    let loaded = try Run(
      ["-f", "-c", "autoload -U compinit; compinit -u -d $DUMP; fpath=($DIR $fpath); autoload -U _linimasa; "
        + "whence -w _linimasa"],
      environment: ["DIR": folder.path, "DUMP": folder.appendingPathComponent("zcompdump").path],
      program: Self.shell("zsh"))
    #expect(loaded.standardOutput.contains("_linimasa: function"), "\(loaded.standardOutput) \(loaded.standardError)")
  }

  @Test func theManPageNamesEverySubcommandAndOption() throws {
    let page = try String(contentsOf: Repository.root.appendingPathComponent("docs/linimasa.1"), encoding: .utf8)
    let dump = try Run(["--experimental-dump-help"])
    let help = try #require(try JSONSerialization.jsonObject(with: Data(dump.standardOutput.utf8)) as? [String: Any])
    let command = try #require(help["command"] as? [String: Any])
    for subcommand in command["subcommands"] as? [[String: Any]] ?? [] {
      let name = subcommand["commandName"] as? String ?? ""
      #expect(page.contains(".It Em \(name)"), "docs/linimasa.1 lacks \(name): run scripts/man")
      for argument in subcommand["arguments"] as? [[String: Any]] ?? [] {
        for long in (argument["names"] as? [[String: Any]] ?? []) where long["kind"] as? String == "long" {
          let option = long["name"] as? String ?? ""
          // "Fl -format", or "Fl o , -output" for an option with a short name too.
          #expect(
            page.contains("Fl -\(option)") || page.contains(" , -\(option)"),
            "docs/linimasa.1 lacks \(name) --\(option): run scripts/man")
        }
      }
    }
  }

  static func shell(_ name: String) -> String {
    ["/usr/bin/\(name)", "/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/\(name)"
  }
}
