package org.callwall.gateway.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = CallwallCommand.class.getPackage().getImplementationVersion();
        return new String[] {"callwall " + (version == null ? "development" : version)};
    }
}
