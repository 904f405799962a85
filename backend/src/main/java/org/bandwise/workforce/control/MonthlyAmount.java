package org.bandwise.workforce.control;

import java.time.YearMonth;
import org.bandwise.payband.entity.Money;

/** An amount for the days of one calendar month, rounded to the penny. */
public record MonthlyAmount(YearMonth month, Money amount) {}
