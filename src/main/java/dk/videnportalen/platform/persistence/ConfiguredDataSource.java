package dk.videnportalen.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The physical datasource behind Payara's connection pool. It picks H2 or PostgreSQL from
 * {@link DatabaseSettings} when the pool opens its first connection, which lets one WAR and one
 * {@code @DataSourceDefinition} serve both the embedded default and production.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  private DataSource delegate() {
    DataSource d = delegate;
    if (d == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = create(DatabaseSettings.fromConfig());
        }
        d = delegate;
      }
    }
    return d;
  }

  static DataSource create(DatabaseSettings settings) {
    if (settings.isPostgreSql()) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(settings.url());
      if (!settings.user().isEmpty()) {
        pg.setUser(settings.user());
      }
      if (!settings.password().isEmpty()) {
        pg.setPassword(settings.password());
      }
      pg.setApplicationName("videnportalen");
      return pg;
    }
    if (settings.isH2()) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(settings.url());
      h2.setUser(settings.user());
      h2.setPassword(settings.password());
      return h2;
    }
    throw new IllegalStateException(
        "Unsupported database URL " + settings.describe() + ": use jdbc:postgresql: or jdbc:h2:");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
