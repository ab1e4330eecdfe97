package io.sparkconnect.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Model;
import org.apache.maven.model.Repository;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.Authentication;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's Maven setup as Maven itself would see it: settings.xml (global and user), the local
 * repository, offline mode, mirrors, proxies and server credentials, plus the default central
 * repository from Maven's super POM.
 *
 * <p>Reusing the user's configuration means jars already downloaded by Maven builds are found, and
 * corporate mirrors and proxies work without extra setup.
 */
final class MavenEnvironment {
  private static final Logger LOG = LoggerFactory.getLogger(MavenEnvironment.class);

  /** Where Maven keeps the super POM, whose repository list defines the default central repository. */
  private static final String SUPER_POM = "org/apache/maven/model/pom-4.0.0.xml";

  /** Last-resort override of the central repository location when the super POM is unavailable. */
  static final String CENTRAL_URL_PROPERTY = "io.sparkconnect.local.centralUrl";

  private final Settings settings;
  private final Path localRepository;

  private MavenEnvironment(Settings settings, Path localRepository) {
    this.settings = settings;
    this.localRepository = localRepository;
  }

  /** Reads the global and user settings the way the {@code mvn} command does. */
  static MavenEnvironment load() {
    Path userHome = Paths.get(System.getProperty("user.home"));
    var request = new DefaultSettingsBuildingRequest();
    request.setUserSettingsFile(userHome.resolve(".m2").resolve("settings.xml").toFile());
    File global = globalSettingsFile();
    if (global != null) {
      request.setGlobalSettingsFile(global);
    }
    Properties system = new Properties();
    system.putAll(System.getProperties());
    // Settings may interpolate ${env.X}; Maven exposes the environment that way too.
    System.getenv().forEach((k, v) -> system.setProperty("env." + k, v));
    request.setSystemProperties(system);
    Settings settings;
    try {
      settings = new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
    } catch (SettingsBuildingException e) {
      throw new LocalServerException("Cannot read Maven settings: " + e.getMessage(), e);
    }
    // Same precedence as Maven: -Dmaven.repo.local beats <localRepository> beats the default.
    String repo = System.getProperty("maven.repo.local");
    if (repo == null || repo.isBlank()) {
      repo = settings.getLocalRepository();
    }
    Path local =
        repo == null || repo.isBlank()
            ? userHome.resolve(".m2").resolve("repository")
            : Paths.get(repo);
    return new MavenEnvironment(settings, local.toAbsolutePath());
  }

  private static File globalSettingsFile() {
    String home = System.getProperty("maven.home");
    if (home == null) {
      home = System.getenv("MAVEN_HOME");
    }
    if (home == null) {
      home = System.getenv("M2_HOME");
    }
    if (home == null) {
      return null;
    }
    File f = Paths.get(home, "conf", "settings.xml").toFile();
    return f.isFile() ? f : null;
  }

  Path localRepository() {
    return localRepository;
  }

  boolean offline() {
    return settings.isOffline();
  }

  /** Opens a resolver session configured from the settings. The caller closes it. */
  RepositorySystemSession.CloseableSession newSession(RepositorySystem system) {
    var mirrors = new DefaultMirrorSelector();
    for (Mirror m : settings.getMirrors()) {
      mirrors.add(
          m.getId(), m.getUrl(), m.getLayout(), false, m.isBlocked(), m.getMirrorOf(), m.getMirrorOfLayouts());
    }
    var proxies = new DefaultProxySelector();
    for (org.apache.maven.settings.Proxy p : settings.getProxies()) {
      if (!p.isActive()) {
        continue;
      }
      Authentication auth =
          p.getUsername() == null
              ? null
              : new AuthenticationBuilder().addUsername(p.getUsername()).addPassword(p.getPassword()).build();
      proxies.add(new Proxy(p.getProtocol(), p.getHost(), p.getPort(), auth), p.getNonProxyHosts());
    }
    var auths = new DefaultAuthenticationSelector();
    for (Server s : settings.getServers()) {
      auths.add(
          s.getId(),
          new AuthenticationBuilder()
              .addUsername(s.getUsername())
              .addPassword(s.getPassword())
              .addPrivateKey(s.getPrivateKey(), s.getPassphrase())
              .build());
    }
    return new SessionBuilderSupplier(system)
        .get()
        .withLocalRepositoryBaseDirectories(localRepository)
        .setOffline(settings.isOffline())
        .setMirrorSelector(mirrors)
        .setProxySelector(proxies)
        .setAuthenticationSelector(auths)
        .setSystemProperties(System.getProperties())
        // Spark's POMs declare extra repositories (some unreachable from many networks); resolving
        // only from central and the user's mirrors keeps the result reproducible.
        .setIgnoreArtifactDescriptorRepositories(true)
        .setTransferListener(new DownloadLogger())
        .build();
  }

  /** The repositories to resolve from: central, routed through the user's mirrors and proxies. */
  List<RemoteRepository> repositories(RepositorySystem system, RepositorySystemSession session) {
    return system.newResolutionRepositories(session, List.of(central()));
  }

  private static RemoteRepository central() {
    Repository fromSuperPom = superPomCentral();
    String url;
    String id = "central";
    if (fromSuperPom != null) {
      url = fromSuperPom.getUrl();
      id = fromSuperPom.getId();
    } else {
      url = System.getProperty(CENTRAL_URL_PROPERTY);
      if (url == null || url.isBlank()) {
        throw new LocalServerException(
            "Cannot determine Maven's central repository: the Maven super POM ("
                + SUPER_POM
                + ") is not on the classpath; set system property "
                + CENTRAL_URL_PROPERTY);
      }
    }
    return new RemoteRepository.Builder(id, "default", url)
        .setReleasePolicy(new RepositoryPolicy(true, RepositoryPolicy.UPDATE_POLICY_NEVER, RepositoryPolicy.CHECKSUM_POLICY_WARN))
        .setSnapshotPolicy(new RepositoryPolicy(false, RepositoryPolicy.UPDATE_POLICY_NEVER, RepositoryPolicy.CHECKSUM_POLICY_WARN))
        .build();
  }

  private static Repository superPomCentral() {
    try (InputStream in = MavenEnvironment.class.getClassLoader().getResourceAsStream(SUPER_POM)) {
      if (in == null) {
        return null;
      }
      Model model = new MavenXpp3Reader().read(in);
      return model.getRepositories().stream()
          .filter(r -> "central".equals(r.getId()))
          .findFirst()
          .orElse(null);
    } catch (IOException | org.codehaus.plexus.util.xml.pull.XmlPullParserException e) {
      LOG.debug("Cannot read Maven super POM", e);
      return null;
    }
  }

  /** First runs download a few hundred megabytes; log each file so a long start is explained. */
  private static final class DownloadLogger extends AbstractTransferListener {
    @Override
    public void transferSucceeded(TransferEvent event) {
      if (event.getRequestType() == TransferEvent.RequestType.GET
          && event.getResource().getResourceName().endsWith(".jar")) {
        LOG.info("Downloaded {} ({} KiB)", event.getResource().getResourceName(), event.getTransferredBytes() / 1024);
      }
    }
  }
}
