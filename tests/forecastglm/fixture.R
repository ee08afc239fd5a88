# Reference values for tst_forecastglm: Rscript tests/forecastglm/fixture.R
# 60 months from January 2016, design as CalendarRegressors with the default options:
# intercept, trend t = 0..59, February..December dummies, Spring Festival share (the holiday week
# from the eve to the fifth day of the new year, as a share of 7 days in each month).
suppressMessages(library(MASS))
festivals <- as.Date(c("2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05",
                       "2020-01-25", "2021-02-12"))
months <- seq(as.Date("2016-01-01"), by = "month", length.out = 60)
holiday <- do.call(c, lapply(festivals, function(f) f + (-1:5)))
share <- sapply(months, function(m) sum(format(holiday, "%Y-%m") == format(m, "%Y-%m")) / 7)
t <- 0:59
month <- factor(as.integer(format(months, "%m")), levels = 1:12)
season <- c(0, -0.3, 0.1, 0.05, 0, 0.1, 0.15, -0.05, 0, 0.05, 0.1, 0.35)
set.seed(20160101)
mu <- exp(4.5 + 0.01 * t + season[as.integer(month)] - 0.6 * share)
y <- rnbinom(60, mu = mu, size = 12)
cat("y <- c(", paste(y, collapse = ", "), ")\n")
cat("share <- c(", paste(format(share, digits = 17), collapse = ", "), ")\n")

show <- function(label, fit) {
  s <- summary(fit)$coefficients
  cat(label, "\n")
  cat("beta:", paste(sprintf("%.12g", s[, 1]), collapse = ", "), "\n")
  cat("se:  ", paste(sprintf("%.12g", s[, 2]), collapse = ", "), "\n")
  cat("aic:", sprintf("%.12g", AIC(fit)), " loglik:", sprintf("%.12g", as.numeric(logLik(fit))),
      " deviance:", sprintf("%.12g", deviance(fit)), "\n")
  if (!is.null(fit$theta))
    cat("theta:", sprintf("%.12g", fit$theta), " se:", sprintf("%.12g", fit$SE.theta),
        " aic (glm.nb):", sprintf("%.12g", fit$aic), "\n")
}
pois <- glm(y ~ t + month + share, family = poisson)
show("poisson (default control)", pois)
show("poisson (epsilon 1e-12)", glm(y ~ t + month + share, family = poisson,
                                    control = glm.control(epsilon = 1e-12, maxit = 100)))
nb <- glm.nb(y ~ t + month + share)
show("glm.nb (default control)", nb)
show("glm.nb (epsilon 1e-12)", glm.nb(y ~ t + month + share,
                                      control = glm.control(epsilon = 1e-12, maxit = 100)))

# Second fixture: the first 36 months; trend, Spring Festival share, a December term and a level
# shift from July 2017 (RegressorOptions: monthDummies = false, december = true).
y36 <- y[1:36]; t36 <- t[1:36]; share36 <- share[1:36]
december <- as.integer(format(months[1:36], "%m") == "12")
shift <- as.integer(months[1:36] >= as.Date("2017-07-01"))
show("poisson, 36 months", glm(y36 ~ t36 + share36 + december + shift, family = poisson))
show("glm.nb, 36 months", glm.nb(y36 ~ t36 + share36 + december + shift))
