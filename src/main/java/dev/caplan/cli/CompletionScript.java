package dev.caplan.cli;

import dev.caplan.output.DiagnosticFormat;
import dev.caplan.output.Format;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The completion scripts, made from picocli's model of the command line so they offer exactly the
 * subcommands and options there are. Values are completed by option: formats, steps, colour
 * modes, files for {@code --script}; report and scenario names by asking {@code caplan names} about
 * the model paths typed so far (with the same {@code caplan} the user is typing). zsh runs the bash
 * script through its bashcompinit, as picocli's own scripts do.
 */
final class CompletionScript {
    /** The words of {@code --step}; the engine's list (time.Step) is not the command line's to import. */
    private static final String STEPS = "daily weekly monthly quarterly half-yearly yearly";

    private CompletionScript() {
    }

    static String bash(CommandLine root) {
        List<String> subcommands = new ArrayList<>();
        StringBuilder cases = new StringBuilder(entry("\"\"", root.getCommandSpec()));
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            CommandSpec spec = sub.getValue().getCommandSpec();
            if (!spec.usageMessage().hidden()) {
                subcommands.add(sub.getKey());
            }
            cases.append(entry(sub.getKey(), spec));
        }
        String formats = String.join(" ", Arrays.stream(Format.values()).map(Format::displayName).toList());
        return TEMPLATE.replace("@CASES@", cases.toString().stripTrailing())
                .replace("@SUBCOMMANDS@", String.join(" ", subcommands))
                .replace("@FORMATS@", formats)
                .replace("@DIAGNOSTIC_FORMATS@", String.join(" ",
                        Arrays.stream(DiagnosticFormat.values()).map(DiagnosticFormat::displayName).toList()))
                .replace("@STEPS@", STEPS);
    }

    static String zsh(CommandLine root) {
        return "#compdef caplan\n"
                + "# caplan completion for zsh, made by: caplan completion zsh\n"
                + "# Load it in ~/.zshrc:  source <(caplan completion zsh)\n"
                + "(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }\n"
                + "autoload -U +X bashcompinit && bashcompinit\n\n"
                + bash(root);
    }

    /** One case of {@code _caplan_command}: a command's options, and those of them that take a value. */
    private static String entry(String name, CommandSpec spec) {
        List<String> all = new ArrayList<>();
        List<String> valued = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            all.addAll(List.of(option.names()));
            if (option.arity().max() > 0) {
                valued.addAll(List.of(option.names()));
            }
        }
        return "    " + name + ") _caplan_opts=\"" + String.join(" ", all) + "\"; _caplan_vals=\""
                + String.join(" ", valued) + "\" ;;\n";
    }

    private static final String TEMPLATE = """
            # caplan completion for bash, made by: caplan completion bash
            # Load it in ~/.bashrc:  source <(caplan completion bash)
            # Report and scenario names are read from the model named earlier on the line: caplan names PATH...

            # Sets _caplan_opts (the options of command $1; "" is caplan itself) and _caplan_vals (those taking a value).
            _caplan_command() {
              case $1 in
            @CASES@
                *) _caplan_opts=""; _caplan_vals="" ;;
              esac
            }

            # The names (--reports or --scenarios) declared by the model paths typed so far.
            _caplan_names() {
              local i word skip= caplan=${COMP_WORDS[0]}
              local paths=()
              for ((i = 2; i < COMP_CWORD; i++)); do
                word=${COMP_WORDS[i]}
                if [[ -n $skip ]]; then skip=; continue; fi
                if [[ " $_caplan_vals " == *" $word "* ]]; then skip=1; continue; fi
                [[ $word == "~/"* ]] && word=$HOME/${word:2}
                [[ $word != -* && -e $word ]] && paths+=("$word")
              done
              (( ${#paths[@]} )) || return 0
              [[ $caplan == "~/"* ]] && caplan=$HOME/${caplan:2}
              "$caplan" names "${paths[@]}" "$1" 2>/dev/null
            }

            _caplan() {
              local cur=${COMP_WORDS[COMP_CWORD]} prev= option= command= prefix= words= i word
              (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}
              # bash cuts --option=value into three words at the '='; zsh keeps one
              if [[ $cur == "=" ]]; then option=$prev; cur=
              elif [[ $prev == "=" ]] && (( COMP_CWORD > 1 )); then option=${COMP_WORDS[COMP_CWORD-2]}
              elif [[ $cur == -*=* ]]; then option=${cur%%=*}; prefix=$option=; cur=${cur#*=}
              else option=$prev
              fi
              # the subcommand: the first word that is neither an option nor an option's value
              _caplan_command ""
              for ((i = 1; i < COMP_CWORD; i++)); do
                word=${COMP_WORDS[i]}
                if [[ " $_caplan_vals " == *" $word "* ]]; then
                  (( i++ ))
                  [[ ${COMP_WORDS[i]} == "=" ]] && (( i++ ))
                  continue
                fi
                case $word in -*|=) continue ;; esac
                command=$word
                break
              done
              _caplan_command "$command"
              if [[ -n $option && " $_caplan_vals " == *" $option "* ]]; then
                case $option in
                  -r|--report) words=$(_caplan_names --reports) ;;
                  -s|--scenario) words=$(_caplan_names --scenarios) ;;
                  --scenarios) prefix=$prefix${cur%"${cur##*,}"}; cur=${cur##*,}; words="base $(_caplan_names --scenarios)" ;;
                  -f|--format) if [[ $command == check ]]; then words="@DIAGNOSTIC_FORMATS@"; else words="@FORMATS@"; fi ;;
                  --diagnostics-format) words="@DIAGNOSTIC_FORMATS@" ;;
                  --step) words="@STEPS@" ;;
                  --color) words="auto always never" ;;
                  --script|--history) COMPREPLY=($(compgen -f -- "$cur")); return 0 ;;
                  *) COMPREPLY=(); return 0 ;;
                esac
                COMPREPLY=($(compgen -P "$prefix" -W "$words" -- "$cur"))
                return 0
              fi
              if [[ -z $command ]]; then
                COMPREPLY=($(compgen -W "@SUBCOMMANDS@ $_caplan_opts" -- "$cur"))
              elif [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$_caplan_opts" -- "$cur"))
              elif [[ $command == help ]]; then
                COMPREPLY=($(compgen -W "@SUBCOMMANDS@" -- "$cur"))
              elif [[ $command == completion ]]; then
                COMPREPLY=($(compgen -W "bash zsh" -- "$cur"))
              else
                compopt -o filenames 2>/dev/null
                COMPREPLY=($(compgen -f -- "$cur"))
              fi
              return 0
            }

            complete -F _caplan caplan
            """;
}
