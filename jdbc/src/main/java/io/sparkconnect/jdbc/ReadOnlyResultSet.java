package io.sparkconnect.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * The half of {@link ResultSet} that changes rows, refused: Spark Connect results are read-only
 * ({@code CONCUR_READ_ONLY}), so every update method throws {@link SQLFeatureNotSupportedException}.
 */
abstract class ReadOnlyResultSet implements ResultSet {
  private static SQLFeatureNotSupportedException readOnly() {
    return new SQLFeatureNotSupportedException(
        "Spark Connect result sets are read-only (CONCUR_READ_ONLY): rows cannot be changed through them", "0A000");
  }

  @Override
  public final void updateNull(int a0) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBoolean(int a0, boolean a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateByte(int a0, byte a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateShort(int a0, short a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateInt(int a0, int a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateLong(int a0, long a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateFloat(int a0, float a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDouble(int a0, double a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBigDecimal(int a0, java.math.BigDecimal a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateString(int a0, java.lang.String a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBytes(int a0, byte[] a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDate(int a0, java.sql.Date a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTime(int a0, java.sql.Time a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTimestamp(int a0, java.sql.Timestamp a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(int a0, java.io.InputStream a1, int a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(int a0, java.io.InputStream a1, int a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(int a0, java.io.Reader a1, int a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(int a0, java.lang.Object a1, int a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(int a0, java.lang.Object a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNull(java.lang.String a0) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBoolean(java.lang.String a0, boolean a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateByte(java.lang.String a0, byte a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateShort(java.lang.String a0, short a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateInt(java.lang.String a0, int a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateLong(java.lang.String a0, long a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateFloat(java.lang.String a0, float a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDouble(java.lang.String a0, double a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBigDecimal(java.lang.String a0, java.math.BigDecimal a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateString(java.lang.String a0, java.lang.String a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBytes(java.lang.String a0, byte[] a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDate(java.lang.String a0, java.sql.Date a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTime(java.lang.String a0, java.sql.Time a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTimestamp(java.lang.String a0, java.sql.Timestamp a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(java.lang.String a0, java.io.InputStream a1, int a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(java.lang.String a0, java.io.InputStream a1, int a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(java.lang.String a0, java.io.Reader a1, int a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(java.lang.String a0, java.lang.Object a1, int a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(java.lang.String a0, java.lang.Object a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void insertRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void deleteRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void refreshRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void cancelRowUpdates() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void moveToInsertRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void moveToCurrentRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRef(int a0, java.sql.Ref a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRef(java.lang.String a0, java.sql.Ref a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(int a0, java.sql.Blob a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(java.lang.String a0, java.sql.Blob a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(int a0, java.sql.Clob a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(java.lang.String a0, java.sql.Clob a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateArray(int a0, java.sql.Array a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateArray(java.lang.String a0, java.sql.Array a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRowId(int a0, java.sql.RowId a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRowId(java.lang.String a0, java.sql.RowId a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNString(int a0, java.lang.String a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNString(java.lang.String a0, java.lang.String a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(int a0, java.sql.NClob a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(java.lang.String a0, java.sql.NClob a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateSQLXML(int a0, java.sql.SQLXML a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateSQLXML(java.lang.String a0, java.sql.SQLXML a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(int a0, java.io.Reader a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(java.lang.String a0, java.io.Reader a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(int a0, java.io.InputStream a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(int a0, java.io.InputStream a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(int a0, java.io.Reader a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(java.lang.String a0, java.io.InputStream a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(java.lang.String a0, java.io.InputStream a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(java.lang.String a0, java.io.Reader a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(int a0, java.io.InputStream a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(java.lang.String a0, java.io.InputStream a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(int a0, java.io.Reader a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(java.lang.String a0, java.io.Reader a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(int a0, java.io.Reader a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(java.lang.String a0, java.io.Reader a1, long a2) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(int a0, java.io.Reader a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(java.lang.String a0, java.io.Reader a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(int a0, java.io.InputStream a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(int a0, java.io.InputStream a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(int a0, java.io.Reader a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(java.lang.String a0, java.io.InputStream a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(java.lang.String a0, java.io.InputStream a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(java.lang.String a0, java.io.Reader a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(int a0, java.io.InputStream a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(java.lang.String a0, java.io.InputStream a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(int a0, java.io.Reader a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(java.lang.String a0, java.io.Reader a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(int a0, java.io.Reader a1) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(java.lang.String a0, java.io.Reader a1) throws SQLException {
    throw readOnly();
  }

}

