package org.bandwise.payband.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Where a scale applies (National, London, ...). */
@Entity
@Table(name = "pay_zone")
@NamedQuery(name = "PayZone.all", query = "SELECT z FROM PayZone z ORDER BY z.sortOrder, z.code")
public class PayZone {

  public static final String NATIONAL = "NATIONAL";

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected PayZone() {}

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }
}
