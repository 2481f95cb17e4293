CREATE TABLE `students` (
	`id` varchar(64) NOT NULL,
	`full_name` varchar(100) NOT NULL,
	`email` varchar(254) NOT NULL,
	`date_of_birth` date NOT NULL,
	`enrolment_count` int NOT NULL DEFAULT 0,
	`revision` int NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `students_id` PRIMARY KEY(`id`)
);
