# Reference side of the forecasting benchmark (bench/forecast_bench.sh): R's forecast package on the
# same rolling origins as Caseload's ForecastEngine backtest.
#
# Usage:
#   Rscript forecast_bench.R export SERIES.csv
#       writes R's classic monthly datasets as series,source,month,value (month YYYY-MM)
#   Rscript forecast_bench.R fit SERIES.csv FORECASTS.csv TIMES.csv
#       for every series in SERIES.csv (same format, any source) and every origin n0 among the last
#       24 with at least 36 training months, fits ets(), auto.arima(), thetaf(), tslm(trend + season)
#       and snaive() on months 1..n0 and forecasts h = 1..min(12, n - n0) with 80% and 95% intervals.
#       FORECASTS.csv: series,method,origin,h,mean,lo80,hi80,lo95,hi95 (origin = training months)
#       TIMES.csv: series,method,origins,seconds,cpu_seconds (fit + forecast at every origin, as tsCV
#       would; wall clock and CPU time of this process)
# The accuracy measures are computed by the C++ side (forecast_bench.cpp) from these rows, with the
# same code as for Caseload's engine, so both sides are scored identically.

suppressPackageStartupMessages(library(forecast))

min_training <- 36L
max_origins <- 24L
max_horizon <- 12L
levels <- c(80, 95)

datasets <- function() {
    list(AirPassengers = AirPassengers, UKDriverDeaths = UKDriverDeaths, USAccDeaths = USAccDeaths,
         ldeaths = ldeaths, mdeaths = mdeaths, fdeaths = fdeaths, nottem = nottem, co2 = co2,
         wineind = wineind)
}

export_series <- function(path) {
    rows <- lapply(names(datasets()), function(name) {
        y <- datasets()[[name]]
        stopifnot(frequency(y) == 12)
        t <- time(y)
        year <- floor(t + 1e-6)
        month <- round((t - year) * 12) + 1
        data.frame(series = name, source = "R", month = sprintf("%04d-%02d", year, month),
                   value = as.numeric(y))
    })
    write.csv(do.call(rbind, rows), path, row.names = FALSE, quote = FALSE)
}

methods <- list(
    ets = function(y, h) forecast(ets(y), h = h, level = levels),
    auto.arima = function(y, h) forecast(auto.arima(y), h = h, level = levels),
    thetaf = function(y, h) thetaf(y, h = h, level = levels),
    tslm = function(y, h) forecast(tslm(y ~ trend + season), h = h, level = levels),
    snaive = function(y, h) snaive(y, h = h, level = levels)
)

fit_series <- function(name, values, start) {
    n <- length(values)
    origins <- seq(max(min_training, n - max_origins), n - 1L)
    forecasts <- list()
    times <- list()
    for (method in names(methods)) {
        elapsed <- 0
        cpu <- 0
        for (n0 in origins) {
            h <- min(max_horizon, n - n0)
            y <- ts(values[seq_len(n0)], start = start, frequency = 12)
            t0 <- proc.time()
            f <- tryCatch(methods[[method]](y, h), error = function(e) NULL)
            t1 <- proc.time()
            elapsed <- elapsed + t1[["elapsed"]] - t0[["elapsed"]]
            cpu <- cpu + t1[["user.self"]] + t1[["sys.self"]] - t0[["user.self"]] - t0[["sys.self"]]
            if (is.null(f)) {
                message(sprintf("%s %s origin %d: fit failed, seasonal naive used", name, method, n0))
                f <- snaive(y, h = h, level = levels)
            }
            forecasts[[length(forecasts) + 1L]] <- data.frame(
                series = name, method = method, origin = n0, h = seq_len(h),
                mean = as.numeric(f$mean), lo80 = as.numeric(f$lower[, 1]), hi80 = as.numeric(f$upper[, 1]),
                lo95 = as.numeric(f$lower[, 2]), hi95 = as.numeric(f$upper[, 2]))
        }
        times[[method]] <- data.frame(series = name, method = method, origins = length(origins),
                                      seconds = elapsed, cpu_seconds = cpu)
    }
    list(forecasts = do.call(rbind, forecasts), times = do.call(rbind, times))
}

fit_file <- function(input, forecasts_path, times_path) {
    data <- read.csv(input, colClasses = c("character", "character", "character", "numeric"))
    # Written series by series (to a .part file renamed at the end), so that a long run can be
    # watched and an interrupted one still shows what it did.
    forecasts_part <- paste0(forecasts_path, ".part")
    times_part <- paste0(times_path, ".part")
    first <- TRUE
    for (name in unique(data$series)) {
        d <- data[data$series == name, ]
        d <- d[order(d$month), ]
        start <- as.integer(strsplit(d$month[1], "-")[[1]])
        if (nrow(d) <= min_training) {
            message(sprintf("%s: %d months, too short", name, nrow(d)))
            next
        }
        t0 <- proc.time()[["elapsed"]]
        r <- fit_series(name, d$value, start)
        message(sprintf("%-28s %4d months  %6.1f s", name, nrow(d), proc.time()[["elapsed"]] - t0))
        write.table(r$forecasts, forecasts_part, sep = ",", row.names = FALSE, quote = FALSE,
                    col.names = first, append = !first)
        write.table(r$times, times_part, sep = ",", row.names = FALSE, quote = FALSE,
                    col.names = first, append = !first)
        first <- FALSE
    }
    invisible(file.rename(forecasts_part, forecasts_path) && file.rename(times_part, times_path))
}

args <- commandArgs(trailingOnly = TRUE)
if (length(args) == 2 && args[1] == "export") {
    export_series(args[2])
} else if (length(args) == 4 && args[1] == "fit") {
    fit_file(args[2], args[3], args[4])
} else {
    stop("usage: forecast_bench.R export SERIES.csv | fit SERIES.csv FORECASTS.csv TIMES.csv")
}
