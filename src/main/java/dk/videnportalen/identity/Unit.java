package dk.videnportalen.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A school, daycare, youth club or administrative unit that owns content and employs staff. */
@Entity
@Table(name = "unit")
public class Unit {

  @Id
  @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private UnitKind kind;

  @Column(length = 200)
  private String area;

  protected Unit() {}

  public Unit(String name, UnitKind kind, String area) {
    this.name = name;
    this.kind = kind;
    this.area = area;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public UnitKind getKind() {
    return kind;
  }

  public String getArea() {
    return area;
  }
}
