#!/usr/bin/env Rscript
# Times lavaan on the model and data Lantern's SemBenchmarks use: the median of 21 single fits, and
# the median of 3 runs of a 1,000-resample bootstrap. Prints two lines: "fit SECONDS" and "bootstrap SECONDS".
suppressMessages(library(lavaan))
args <- commandArgs(trailingOnly = TRUE)
model <- paste(readLines(args[1]), collapse = "\n")
data <- read.csv(args[2], na.strings = c("NA", ""))
fit_once <- function() system.time(sem(model, data = data))[["elapsed"]]
invisible(fit_once())  # warm-up
fits <- replicate(21, fit_once())
set.seed(1)
boots <- replicate(3, system.time(sem(model, data = data, se = "bootstrap", bootstrap = 1000))[["elapsed"]])
cat(sprintf("lavaan %s\nfit %.6f\nbootstrap %.6f\n", packageVersion("lavaan"), median(fits), median(boots)))
