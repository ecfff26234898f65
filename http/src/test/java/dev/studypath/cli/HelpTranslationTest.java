package dev.studypath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.engine.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The usage help ({@code --help}) in Chinese: every command's description and every option's and
 * parameter's description come from {@code dev/studypath/cli/help_zh.properties}; a new option or
 * command without its Chinese fails here.
 */
class HelpTranslationTest {

    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void everyCommandOptionAndParameter_hasChineseHelp() {
        CommandLine cli = new CommandLine(new Main());
        cli.setResourceBundle(Message.bundle(Main.HELP, Locale.CHINESE));
        List<String> missing = new ArrayList<>();
        check(cli, missing);
        assertEquals(List.of(), missing);
    }

    private static void check(CommandLine command, List<String> missing) {
        CommandSpec spec = command.getCommandSpec();
        if (!chinese(String.join(" ", spec.usageMessage().description()))) {
            missing.add(spec.qualifiedName() + ": description");
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            if (!chinese(String.join(" ", arg.description()))) {
                missing.add(spec.qualifiedName() + " " + arg.paramLabel() + " " + (arg.isOption()
                        ? ((CommandLine.Model.OptionSpec) arg).longestName() : "") + ": " + String.join(" ", arg.description()));
            }
        }
        command.getSubcommands().values().forEach(sub -> check(sub, missing));
    }

    @Test
    void help_inChinese_whenAskedOrForAChineseGoal_andEnglishOtherwise() {
        CliTest.Run chinese = CliTest.run("--lang", "zh", "goal", "set", "--help");
        assertTrue(chinese.out().startsWith("用法：studypath goal set "), chinese.out());
        assertTrue(chinese.out().contains("每周学习小时数，1-80（默认：保存的学时"), chinese.out());
        assertTrue(chinese.out().contains("你想学什么，中文或英文都可以。"), chinese.out());
        CliTest.Run english = CliTest.run("--lang", "en", "path", "--help");
        assertTrue(english.out().startsWith("Usage: studypath path "), english.out());
        assertTrue(english.out().contains("The ordered learning path for a goal, prerequisites first."), english.out());
    }
}
