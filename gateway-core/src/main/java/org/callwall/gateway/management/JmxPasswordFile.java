package org.callwall.gateway.management;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.remote.JMXAuthenticator;
import javax.management.remote.JMXPrincipal;
import javax.security.auth.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password authentication for JMX remote clients, from a file in the JDK's {@code jmxremote.password}
 * layout ({@code user password} per line, {@code #} comments). Unlike the JDK's own, the file is never
 * rewritten; passwords are kept only as SHA-256 digests and compared in constant time, and neither a
 * password nor its digest ever reaches a log line or an exception message.
 */
public final class JmxPasswordFile implements JMXAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger("callwall.management");
    private static final Set<PosixFilePermission> OTHERS = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final Map<String, byte[]> digests;

    private JmxPasswordFile(Map<String, byte[]> digests) {
        this.digests = digests;
    }

    /**
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when others may read it, or a line has no password
     */
    public static JmxPasswordFile load(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalArgumentException("JMX password file readable by others: "
                        + PosixFilePermissions.toString(permissions) + " (expected: rw------- or r--------) file=" + file);
            }
        }
        Map<String, byte[]> digests = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length < 2) {
                throw new IllegalArgumentException("JMX password file line without password: user " + fields[0]
                        + " (expected: user password) file=" + file + " line=" + (i + 1));
            }
            digests.put(fields[0], digest(fields[1]));
        }
        if (digests.isEmpty()) {
            throw new IllegalArgumentException("JMX password file without users: 0 (expected: at least one line user password) file=" + file);
        }
        return new JmxPasswordFile(digests);
    }

    /** Users the file names, for the start-up log line. */
    public Set<String> users() {
        return Set.copyOf(digests.keySet());
    }

    @Override
    public Subject authenticate(Object credentials) {
        if (!(credentials instanceof String[]) || ((String[]) credentials).length != 2) {
            LOG.warn("JMX authentication refused: credentials are not a user and a password");
            throw new SecurityException("JMX authentication failed: credentials must be String[] {user, password}");
        }
        String[] pair = (String[]) credentials;
        String user = pair[0];
        byte[] expected = user == null ? null : digests.get(user);
        byte[] offered = digest(pair[1] == null ? "" : pair[1]);
        // Compare even for an unknown user so that timing does not tell which users exist.
        boolean match = MessageDigest.isEqual(expected != null ? expected : new byte[offered.length], offered) && expected != null;
        if (!match) {
            LOG.warn("JMX authentication failed: user={}", user);
            throw new SecurityException("JMX authentication failed: user=" + user);
        }
        LOG.info("JMX client authenticated: user={}", user);
        return new Subject(true, Set.of(new JMXPrincipal(user)), Set.of(), Set.of());
    }

    private static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JRE: " + e.getMessage(), e);
        }
    }
}
