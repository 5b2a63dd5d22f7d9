/** The command line: one picocli class per command, each parsing its input, calling one service and printing the result. */
package dev.talkwatch.cli;
