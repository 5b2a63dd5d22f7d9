package dev.talkwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return lines();
    }

    /** talkwatch's version, and the Java that runs it. */
    static String[] lines() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            properties.clear(); // the jar is damaged: say so below rather than fail
        }
        return new String[] {"talkwatch " + properties.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
